#pragma once

// Step field paths ("lines[].price", "tags[]", "attributes{}.unit") resolved against records
// and against schemas. Internal to the convert module.

#include "strata/compat/verdict.h"

#include <string>
#include <vector>

namespace strata::detail {

struct PathSegment {
    std::string name;
    std::string suffixes; // one char per level: '[' array elements, '{' map values
};

std::vector<PathSegment> parseStepPath(const std::string& path);

// A JSON value reached by a path, with its concrete location ("lines[2].price").
struct Slot {
    Json* value;
    std::string where;
};

// The objects that hold the path's last segment: every parent reached through the earlier
// segments, skipping null and absent parents.
std::vector<Slot> parentObjects(Json& record, const std::vector<PathSegment>& segments);

// Every value the whole path reaches (the last segment's value, expanded by its suffixes).
std::vector<Slot> valueSlots(Json& record, const std::vector<PathSegment>& segments);

// The field a path names inside a schema (through structs, array elements and map values),
// and the field list that holds it, or nullptrs. `refs` resolves references on the way.
struct SchemaSlot {
    std::vector<Field>* siblings = nullptr;
    Field* field = nullptr;
    DataType* type = nullptr; // field's type expanded by the last segment's suffixes
};
// A reference met on the way is replaced, in `schema`, by a struct of the referenced fields.
SchemaSlot findInSchema(Schema& schema, const std::vector<PathSegment>& segments,
                        const RefResolver& refs = {});

} // namespace strata::detail
