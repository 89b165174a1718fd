# Verdicts per second against avsc's resolver on the same pairs, and a 1,000-version
# transitive policy check.
add_executable(bench_verdicts ${CMAKE_CURRENT_LIST_DIR}/bench_verdicts.cpp)
target_link_libraries(bench_verdicts PRIVATE strata_difftest strata_engine strata_warnings)
