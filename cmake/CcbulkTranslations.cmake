# ccbulk_sv.ts and ccbulk_en.ts, compiled into the core library's resources
# (under :/i18n) so that every program has them. lupdate scans the sources of
# every layer; run `cmake --build <dir> --target update_translations` after
# adding a string, then translate the new entries in ccbulk_sv.ts.
file(GLOB_RECURSE CCBULK_TRANSLATABLE_SOURCES CONFIGURE_DEPENDS
    "${PROJECT_SOURCE_DIR}/core/*.cpp" "${PROJECT_SOURCE_DIR}/core/*.h"
    "${PROJECT_SOURCE_DIR}/ui/*.cpp" "${PROJECT_SOURCE_DIR}/ui/*.h"
    "${PROJECT_SOURCE_DIR}/app/*.cpp" "${PROJECT_SOURCE_DIR}/app/*.h")

qt_add_translations(ccbulk_core
    TS_FILES
        "${PROJECT_SOURCE_DIR}/translations/ccbulk_sv.ts"
        "${PROJECT_SOURCE_DIR}/translations/ccbulk_en.ts"
    SOURCES ${CCBULK_TRANSLATABLE_SOURCES}
    RESOURCE_PREFIX /i18n
    LUPDATE_OPTIONS -no-obsolete -locations none)
