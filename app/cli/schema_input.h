#pragma once

// Resolving the OLD/NEW arguments of stratactl: a schema file (.avsc or Strata's JSON for one
// version) or WORKSPACE:Name-vX.Y.Z.

#include "strata/compat/verdict.h"

#include <memory>
#include <string>

namespace strata::cli {

struct SchemaInput {
    TypeVersion version;
    std::shared_ptr<Workspace> workspace; // set when the input came from a workspace
};

Result<SchemaInput> loadSchemaInput(const std::string& argument);

// A resolver over the workspaces the inputs came from (the first one that knows the type).
RefResolver resolverFor(const SchemaInput& a, const SchemaInput& b);

} // namespace strata::cli
