# Audio files: the WAV reader, the ZIP reader with its safety checks, the audio
# import engine against a local tenant, and ccbulk-cli importing a ZIP. The
# tests make their ZIPs in memory (tests/audiofixtures.h);
# they link QuaZip and zlib for that.
foreach(test IN ITEMS tst_wavinfo tst_audioarchive tst_audioimportengine
        tst_audioimportsafety)
    if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/core/${test}.cpp")
        ccbulk_add_test(${test} SOURCES core/${test}.cpp
            LIBRARIES ccbulk::core QuaZip::QuaZip)
    endif()
endforeach()

if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/core/tst_audiocli.cpp")
    ccbulk_add_test(tst_audiocli SOURCES core/tst_audiocli.cpp
        LIBRARIES ccbulk::core QuaZip::QuaZip TIMEOUT 120)
    target_compile_definitions(tst_audiocli PRIVATE CCBULK_CLI_PATH="$<TARGET_FILE:ccbulk-cli>")
    add_dependencies(tst_audiocli ccbulk-cli)
endif()
