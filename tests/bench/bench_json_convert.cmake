# JSON record conversion: fast path vs the reference converter vs jq, in MB/s.
add_executable(bench_json_convert ${CMAKE_CURRENT_LIST_DIR}/bench_json_convert.cpp)
target_link_libraries(bench_json_convert PRIVATE strata_fastconvert strata_warnings)
