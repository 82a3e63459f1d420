# One INTERFACE target carries the compile options every ccbulk target shares.
add_library(ccbulk_options INTERFACE)
add_library(ccbulk::options ALIAS ccbulk_options)

target_compile_features(ccbulk_options INTERFACE cxx_std_20)
target_compile_definitions(ccbulk_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_USE_QSTRINGBUILDER
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(MSVC)
    target_compile_options(ccbulk_options INTERFACE /W4 /permissive- /utf-8)
    if(CCBULK_WARNINGS_AS_ERRORS)
        target_compile_options(ccbulk_options INTERFACE /WX)
    endif()
else()
    target_compile_options(ccbulk_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Woverloaded-virtual
        # Not -Wnull-dereference: at -O2 and above GCC reports it inside Qt's
        # own containers, where no null can reach.
        -Wcast-align -Wimplicit-fallthrough)
    if(CCBULK_WARNINGS_AS_ERRORS)
        target_compile_options(ccbulk_options INTERFACE -Werror)
    endif()
endif()

if(CCBULK_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CCBULK_FUZZ needs clang (use the 'fuzz' preset)")
    endif()
    # Everything is instrumented for coverage and checked by the sanitizers;
    # only the fuzz executables link libFuzzer's main.
    target_compile_options(ccbulk_options INTERFACE
        -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer -g)
    target_link_options(ccbulk_options INTERFACE -fsanitize=address,undefined)
endif()
