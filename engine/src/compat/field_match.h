#pragma once

// The one rule by which a reader field finds its writer field, shared by the schema-level
// resolver and the datum reader so that the two can never disagree on it.

#include "strata/model/schema.h"

namespace strata::detail {

// The writer field `reader` reads: same name first, then one of the reader field's aliases
// (aliases are the reader's own; they are not followed transitively). nullptr if none.
inline const Field* matchWriterField(const Field& reader, const std::vector<Field>& writer) {
    for (const Field& w : writer)
        if (w.name == reader.name)
            return &w;
    for (const std::string& alias : reader.aliases)
        for (const Field& w : writer)
            if (w.name == alias)
                return &w;
    return nullptr;
}

} // namespace strata::detail
