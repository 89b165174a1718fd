# cmake -P script: generate the verifier with spin, compile it, search for acceptance cycles
# (ltl liveness and safety together) and compare the error count with EXPECT (pass | fail).
file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})
string(REPLACE "," ";" defines "${DEFINES}")

execute_process(COMMAND ${SPIN} ${defines} -a ${MODEL} WORKING_DIRECTORY ${WORK}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "spin -a failed:\n${out}")
endif()
execute_process(COMMAND ${CC} -O2 -w -o pan pan.c WORKING_DIRECTORY ${WORK}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "compiling pan.c failed:\n${out}")
endif()
execute_process(COMMAND ./pan -a WORKING_DIRECTORY ${WORK}
                OUTPUT_VARIABLE out ERROR_VARIABLE out)
message("${out}")

if(NOT out MATCHES "errors: ([0-9]+)")
  message(FATAL_ERROR "pan printed no error count")
endif()
set(errors ${CMAKE_MATCH_1})
if(EXPECT STREQUAL "pass" AND NOT errors EQUAL 0)
  message(FATAL_ERROR "the rollout model violates its properties (${errors} errors)")
endif()
if(EXPECT STREQUAL "fail" AND errors EQUAL 0)
  message(FATAL_ERROR "the broken variant (${DEFINES}) was not caught: the check cannot fail")
endif()
