# The desktop user interface: widgets tests, offscreen, on the real windows.
set(ui_tests
    tst_jobtablemodel
    tst_jobdetailsdialog
    tst_mainwindow
    tst_newoperationwizard
    tst_settingsdialog
)
foreach(test IN LISTS ui_tests)
    if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/ui/${test}.cpp")
        ccbulk_add_test(${test} SOURCES ui/${test}.cpp ui/uitestsupport.h
            LIBRARIES ccbulk::ui TIMEOUT 120)
    endif()
endforeach()

# Another process holding the active-job lock, as a second ccbulk would.
if(TARGET tst_mainwindow AND TARGET ccbulk_lockholder)
    target_compile_definitions(tst_mainwindow PRIVATE
        CCBULK_LOCKHOLDER_PATH="$<TARGET_FILE:ccbulk_lockholder>")
    add_dependencies(tst_mainwindow ccbulk_lockholder)
endif()
