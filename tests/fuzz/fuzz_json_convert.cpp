// Arbitrary bytes as JSON Lines through a fixed converter: the fast converter must never crash
// and must agree with the reference converter on every line, byte for byte when both convert
// it and with the same message when both refuse it; the JSON Lines driver must hand every
// line to exactly one of the output and the dead-letter sink.

#include "strata/convert/converter.h"
#include "strata/fastconvert/json_lines.h"
#include "strata/fastconvert/record_converter.h"

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

using namespace strata;

namespace {

ConverterStep step(StepKind kind, std::string field) {
    ConverterStep s;
    s.kind = kind;
    s.field = std::move(field);
    return s;
}

Converter fixedConverter() {
    Converter c{{"Order", {1, 0, 0}}, {"Order", {2, 0, 0}}, {}, "fuzzing"};
    ConverterStep rename = step(StepKind::Rename, "a");
    rename.newName = "b";
    ConverterStep add = step(StepKind::AddWithDefault, "c.added");
    add.value = Json{{"k", {1, 2.5, "\xc3\xa9"}}};
    ConverterStep price = step(StepKind::Cast, "l[].p");
    price.toType = DataType::primitive(TypeKind::Float64);
    price.onError = OnError::Null;
    ConverterStep qty = step(StepKind::Cast, "q");
    qty.toType = DataType::primitive(TypeKind::Int32);
    ConverterStep amount = step(StepKind::Cast, "m{}");
    amount.toType = DataType::decimal(8, 2);
    amount.onError = OnError::Default;
    amount.value = "0.00";
    ConverterStep text = step(StepKind::Cast, "s");
    text.toType = DataType::primitive(TypeKind::String);
    ConverterStep when = step(StepKind::Cast, "d");
    when.toType = DataType::primitive(TypeKind::Date);
    when.onError = OnError::Null;
    ConverterStep status = step(StepKind::MapEnum, "e");
    status.symbolMap = {{"NEW", "OPEN"}, {"", "EMPTY"}};
    ConverterStep note = step(StepKind::DefaultIfNull, "c.n");
    note.value = 0;
    ConverterStep weight = step(StepKind::ScaleOffset, "w");
    weight.scale = 0.001;
    weight.offset = -3;
    c.steps = {rename,
               add,
               price,
               qty,
               amount,
               text,
               when,
               status,
               note,
               weight,
               step(StepKind::Drop, "x")};
    return c;
}

// The steps that name top-level fields only, which the fast path plans once per key order of
// the top level instead of running them on a tree.
Converter topLevelConverter() {
    Converter c = fixedConverter();
    std::erase_if(c.steps, [](const ConverterStep& s) {
        return s.field.find_first_of(".[{") != std::string::npos;
    });
    return c;
}

// Non-printable bytes as \xNN, so the line can be pasted into a test.
std::string printable(std::string_view text) {
    std::string out;
    for (char c : text) {
        auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7f && c != '\\') {
            out += c;
        } else {
            char buf[5];
            std::snprintf(buf, sizeof buf, "\\x%02x", byte);
            out += buf;
        }
    }
    return out;
}

[[noreturn]] void disagree(std::string_view line, const std::string& fast,
                           const std::string& reference) {
    std::fprintf(stderr, "line: %s\nfast: %s\nreference: %s\n", printable(line).c_str(),
                 printable(fast).c_str(), printable(reference).c_str());
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    static const Converter converter = fixedConverter();
    static const std::shared_ptr<const ConverterPlan> plan = *ConverterPlan::compile(converter);
    static RecordConverter fast(plan);
    static const Converter topLevel = topLevelConverter();
    static RecordConverter fastTopLevel(*ConverterPlan::compile(topLevel));

    std::string_view input(reinterpret_cast<const char*>(data), size);
    std::string good;
    uint64_t bad = 0;
    size_t start = 0;
    while (start <= input.size()) {
        size_t end = std::min(input.find('\n', start), input.size());
        std::string_view line = input.substr(start, end - start);
        start = end + 1;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos)
            continue;
        std::string topOut;
        Status topStatus = fastTopLevel.convert(line, topOut);
        Result<std::string> topReference = convertRecordByReference(topLevel, line);
        if (topStatus.ok() != topReference.ok() || (topStatus && topOut != *topReference) ||
            (!topStatus && topStatus.error().describe() != topReference.error().describe()))
            disagree(line, topStatus ? topOut : topStatus.error().describe(),
                     topReference ? *topReference : topReference.error().describe());

        std::string out;
        Status status = fast.convert(line, out);
        Result<std::string> reference = convertRecordByReference(converter, line);
        if (status && reference && out == *reference) {
            good += out + "\n";
            continue;
        }
        if (!status && !reference && status.error().describe() == reference.error().describe()) {
            ++bad;
            continue;
        }
        disagree(line, status ? out : status.error().describe(),
                 reference ? *reference : reference.error().describe());
    }

    std::string batch;
    uint64_t deadLettered = 0;
    auto stats = convertJsonLines(plan, input, batch, OnBadRecord::DeadLetter,
                                  [&](const BadRecord&) { ++deadLettered; });
    if (!stats || batch != good || deadLettered != bad)
        disagree(input, batch, good);
    return 0;
}
