#pragma once

// Converters (DESIGN §4): declarative steps that turn records of one version into another,
// applied here by the reference record converter: JSON in, JSON out, one step after another,
// written to be obviously correct rather than fast (the SIMD batch converter is checked
// against it).
//
// Step field paths are dotted through structs; a segment ending in "[]" stands for every
// element of an array and "{}" for every value of a map: "lines[].price", "tags[]",
// "attributes{}.unit". A step never looks inside a null or absent parent.

#include "strata/compat/verdict.h"

#include <optional>
#include <string>
#include <vector>

namespace strata {

// Whether a step loses information, and its inverse when one exists.
struct StepAnalysis {
    bool lossless = false;
    std::string why;                      // a sentence saying what is lost, or why nothing is
    std::optional<ConverterStep> inverse; // undoes the step on the step's output
};

struct ConverterAnalysis {
    bool lossless = true;
    std::vector<StepAnalysis> steps;
    std::optional<Converter> inverse; // present when every step has an inverse
};

// Marks each step lossless or lossy against the source schema (a cast's loss depends on the
// type it starts from) and builds the inverse converter where one exists. Fails when a step
// names a field the schema does not have at that point.
Result<ConverterAnalysis> analyzeConverter(const Converter& converter, const Schema& source,
                                           const RefResolver& refs = {});

// Applies the steps to one record; casts range-check and follow their on-error policy
// (field report C12: a narrowing cast never wraps). Errors name the record path.
Result<Json> applyConverter(const Converter& converter, const Json& record);

// Applies one step to one record in place.
Status applyStep(const ConverterStep& step, Json& record);

// Casts one value to `type` by the step's policy rules: null stays null, widening is exact,
// narrowing is range-checked, strings are parsed strictly. Fails with "value V outside T range".
Result<Json> castValue(const Json& value, const DataType& type);

// Derives the converter that turns `writer` records into `reader` records when the reader
// can resolve the writer (aliases become renames, defaults fill added fields, promotions
// become casts, unknown enum symbols map to the reader's enum default, writer-only fields are
// dropped). Fails with the resolution findings when the pair is not compatible.
Result<Converter> deriveConverter(const TypeVersion& writer, const TypeVersion& reader,
                                  const RefResolver& refs = {});

Json converterToJson(const Converter& converter);

} // namespace strata
