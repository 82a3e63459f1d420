# ccbulk_add_test(<name> SOURCES <files...> [LIBRARIES <targets...>] [TIMEOUT <s>])
#
# One Qt Test executable per class. Every test runs offscreen with a timeout
# and finds its files through CCBULK_TEST_DATA (tests/data), never through the
# working directory.
function(ccbulk_add_test name)
    cmake_parse_arguments(ARG "" "TIMEOUT" "SOURCES;LIBRARIES" ${ARGN})
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 60)
    endif()
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${name} PRIVATE Qt6::Test ccbulk::options ${ARG_LIBRARIES})
    target_include_directories(${name} PRIVATE "${PROJECT_SOURCE_DIR}/tests")
    target_compile_definitions(${name} PRIVATE
        CCBULK_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data")
    add_test(NAME ${name} COMMAND ${name})
    set_tests_properties(${name} PROPERTIES
        TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;CCBULK_TEST_DATA=${PROJECT_SOURCE_DIR}/tests/data;LANG=C.UTF-8;LC_ALL=C.UTF-8")
endfunction()
