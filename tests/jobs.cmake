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
