# The example contact center in examples/: every file imports cleanly into a
# new local tenant, in the order of csv-definitions.md section 4, and every
# type's export imports back unchanged.
ccbulk_add_test(tst_examplesroundtrip
    SOURCES core/tst_examplesroundtrip.cpp
    LIBRARIES ccbulk::core
    TIMEOUT 120)
target_compile_definitions(tst_examplesroundtrip PRIVATE
    CCBULK_EXAMPLES_DIR="${PROJECT_SOURCE_DIR}/examples")
