# bench_gui: start-up to first paint and GUI-thread stalls of the console (a small harness).
if(STRATA_BUILD_GUI)
  qt_add_executable(bench_gui ${CMAKE_CURRENT_SOURCE_DIR}/bench_gui.cpp)
  target_link_libraries(bench_gui PRIVATE strata_views strata_warnings)
endif()
