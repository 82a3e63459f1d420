# The lock holder: a second process that tst_joblock starts to race for the
# active-job lock and kills to leave a stale lock behind.
qt_add_executable(ccbulk_lockholder helpers/lockholder.cpp)
set_target_properties(ccbulk_lockholder PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
target_link_libraries(ccbulk_lockholder PRIVATE ccbulk::core ccbulk::options)

if(TARGET tst_joblock)
    target_compile_definitions(tst_joblock PRIVATE
        CCBULK_LOCKHOLDER_PATH="$<TARGET_FILE:ccbulk_lockholder>")
    add_dependencies(tst_joblock ccbulk_lockholder)
endif()

# The schema checks open the database beside the store.
if(TARGET tst_jobstore)
    target_link_libraries(tst_jobstore PRIVATE Qt6::Sql)
endif()

# The import and export engines, the reference resolver and the job runner,
# in process against a local tenant in a temporary folder.
foreach(test IN ITEMS tst_referenceresolver tst_importengine tst_importpipeline tst_exportengine
        tst_jobrunner)
    if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/core/${test}.cpp")
        ccbulk_add_test(${test} SOURCES core/${test}.cpp LIBRARIES ccbulk::core)
    endif()
endforeach()
# The pipeline imports every example file.
if(TARGET tst_importpipeline)
    target_compile_definitions(tst_importpipeline PRIVATE
        CCBULK_EXAMPLES_DIR="${PROJECT_SOURCE_DIR}/examples")
endif()
# The export tests open the ZIP files they get.
if(TARGET tst_exportengine)
    target_link_libraries(tst_exportengine PRIVATE QuaZip::QuaZip)
endif()

# Jobs end to end: ccbulk-cli as a process, the lock holder as the other job,
# the tenant file opened directly for its integrity check, and a ZIP of audio
# files made with QuaZip.
if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/cli/tst_clijobs.cpp")
    ccbulk_add_test(tst_clijobs SOURCES cli/tst_clijobs.cpp
        LIBRARIES ccbulk::core Qt6::Sql QuaZip::QuaZip TIMEOUT 300)
    target_compile_definitions(tst_clijobs PRIVATE
        CCBULK_CLI_PATH="$<TARGET_FILE:ccbulk-cli>"
        CCBULK_LOCKHOLDER_PATH="$<TARGET_FILE:ccbulk_lockholder>")
    add_dependencies(tst_clijobs ccbulk-cli ccbulk_lockholder)
endif()
