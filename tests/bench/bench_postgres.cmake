# bench_postgres: the PostgreSQL migration harness; bench_postgres.sh starts a private cluster
# and runs it (docs/postgres.md). A plain harness, not Google Benchmark: each path is one
# stratactl child process whose peak RSS comes from wait4().
if(TARGET strata_postgres)
  add_executable(bench_postgres ${CMAKE_CURRENT_LIST_DIR}/bench_postgres.cpp)
  target_link_libraries(bench_postgres PRIVATE strata_postgres strata_warnings)
  target_include_directories(bench_postgres PRIVATE ${PROJECT_SOURCE_DIR}/engine/connectors/postgres)
  target_compile_definitions(bench_postgres PRIVATE STRATA_STRATACTL="$<TARGET_FILE:stratactl>")
  add_dependencies(bench_postgres stratactl)
endif()
