#pragma once

// Avro schema (.avsc) import and export. The mapping between Avro and the type model is
// documented in docs/avro.md; the short form:
// - every top-level record becomes one TypeVersion named by its full name ("ns.Order");
// - a top-level record used by name from another record becomes a reference to its version;
// - records defined inside a record become structs, enums stay enums, fixed becomes bytes;
// - ["null", T] and [T, "null"] become nullable fields, any other union is refused;
// - decimal, date, timestamps and uuid map to the model's types, other logical types fall back
//   to their underlying Avro type with a note.

#include "strata/compat/verdict.h"
#include "strata/model/schema.h"

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace strata {

struct AvroImportOptions {
    SemVer version{1, 0, 0}; // the version every imported record gets
    bool shortNames = false; // name types without their namespace (loses the namespace)
};

struct AvroImport {
    std::vector<TypeVersion> versions; // one per top-level record, in file order
    std::vector<std::string> notes;    // what was mapped with a loss ("where: what")
};

// Imports the text of one .avsc file: a single schema or a JSON array of named types that
// refer to each other by name. Errors name `source`, the line and the JSON pointer.
Result<AvroImport> importAvro(std::string_view text, std::string_view source = "avsc",
                              const AvroImportOptions& options = {});

// Reads and imports one .avsc file.
Result<AvroImport> importAvroFile(const std::filesystem::path& path,
                                  const AvroImportOptions& options = {});

struct AvroExport {
    Json schema;                    // one Avro record schema
    std::vector<std::string> notes; // what Avro cannot express and was approximated
};

// Exports one version as a self-contained Avro record schema; references are resolved through
// `refs` and written as named records defined once, then used by name.
Result<AvroExport> exportAvro(const TypeVersion& version, const RefResolver& refs = {});

// The exported schema as .avsc text (two-space indentation, trailing newline).
Result<std::string> exportAvroText(const TypeVersion& version, const RefResolver& refs = {});

} // namespace strata
