#pragma once

// Conversion paths: the cheapest chain of converters from one version to another (Dijkstra
// over explicit and derived converters, costed by steps and lossiness), and record conversion
// along it.

#include "strata/convert/converter.h"

namespace strata {

struct ConversionHop {
    Converter converter;
    bool derived = false; // derived from the schemas rather than declared in the workspace
    bool lossless = true;
    uint64_t cost = 0;
};

struct ConversionPath {
    TypeVersionId from;
    TypeVersionId to;
    std::vector<ConversionHop> hops;
    uint64_t totalCost = 0;
    bool lossless() const;
};

// Cost of one hop: one per step (at least one per hop), plus a large penalty when lossy.
uint64_t conversionCost(const Converter& converter, bool lossless);

// The cheapest chain of converters from `from` to `to`. Alias renames are not transitive, so a
// route through an intermediate version can exist where no direct converter does (C8).
Result<ConversionPath> findConversionPath(const Workspace& ws, const TypeVersionId& from,
                                          const TypeVersionId& to);

// Converts one record along `path`: the record must be a valid datum of the path's source, and
// after every hop it is checked to be a valid datum of that hop's target version.
Result<Json> convertRecord(const Workspace& ws, const ConversionPath& path, const Json& record);

Json conversionPathToJson(const ConversionPath& path);

} // namespace strata
