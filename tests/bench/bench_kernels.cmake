strata_add_benchmark(bench_kernels ${CMAKE_CURRENT_LIST_DIR}/bench_kernels.cpp strata_simd)
