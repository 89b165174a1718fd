# bench_graph: layout of generated registries (our layered layout next to the `dot` command on
# the same DOT text), impact and path queries on 10,000 versions.
add_executable(bench_graph ${CMAKE_CURRENT_LIST_DIR}/bench_graph.cpp
               ${PROJECT_SOURCE_DIR}/tests/support/generated_registry.cpp)
target_include_directories(bench_graph PRIVATE ${PROJECT_SOURCE_DIR}/tests/support)
target_link_libraries(bench_graph PRIVATE strata_engine strata_warnings)
