#pragma once

// The per-level kernel tables, one per translation unit built with that level's ISA flags.

#include "strata/simd/kernels.h"

namespace strata::simd::detail {

const KernelTable& scalarKernels();
const KernelTable& sse2Kernels();
const KernelTable& sse42Kernels();
const KernelTable& avx2Kernels();
const KernelTable& avx512Kernels();
const KernelTable& avx512VbmiKernels();

} // namespace strata::simd::detail
