#pragma once

// Datum-level resolution: decode one JSON record written with a writer schema through a
// reader schema, exactly by the rules of DESIGN §3. This is the record-by-record oracle the
// schema-level verdicts are checked against, and the base of the reference converter.

#include "strata/compat/verdict.h"

namespace strata {

// Reads `record` (valid for `writer`) as `reader` would: matches fields by name or reader
// alias, fills defaults, promotes numbers, maps unknown enum symbols to the reader's enum
// default, recurses. Fails with the field path when the record cannot be read.
Result<Json> readDatum(const Schema& reader, const Schema& writer, const Json& record,
                       const RefResolver& refs = {});

// Whether `record` is a valid datum of `schema` (every field present with a valid value).
Status validateDatum(const Schema& schema, const Json& record, const RefResolver& refs = {});

} // namespace strata
