#pragma once

// Reading and writing workspace files and single-version schema files.

#include "strata/model/workspace.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace strata {

// The format tag written into every workspace file and the one this build reads.
inline constexpr std::string_view kWorkspaceFormat = "strata-workspace/1";

// Parses a workspace from JSON text; errors name the JSON pointer and line. `source` labels
// locations (a file name). Nothing is returned unless the whole workspace is valid.
Result<Workspace> parseWorkspace(std::string_view text, std::string_view source = "workspace");

// Reads and parses a workspace file.
Result<Workspace> loadWorkspace(const std::filesystem::path& path);

// Canonical JSON text: sorted keys, two-space indentation, trailing newline.
std::string serializeWorkspace(const Workspace& ws);

// Writes the workspace with writeFileAtomically.
Status saveWorkspace(const Workspace& ws, const std::filesystem::path& path);

// Replaces a file's text atomically: a temp file beside the file really written (a symlink
// chain is followed to its final target, even a dangling one), flushed, given the replaced
// file's mode and owner (a new file gets the umask's default), then renamed over it.
Status writeFileAtomically(const std::filesystem::path& path, std::string_view contents);

Result<std::string> readFile(const std::filesystem::path& path);

// The neutral single-version schema form {"name","version","fields","constraints"?,"doc"?}.
Result<TypeVersion> parseTypeVersion(const Json& json, std::string_view where = "");
Json typeVersionToJson(const TypeVersion& version);

// Data types and fields in the same JSON form the workspace uses.
Result<DataType> parseDataType(const Json& json, std::string_view where = "");
Json dataTypeToJson(const DataType& type);
Json fieldToJson(const Field& field);

} // namespace strata
