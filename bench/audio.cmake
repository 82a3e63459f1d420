# bench_audio makes a ZIP of WAV files at the 50 MiB limit and times the audio
# import into a new local tenant in-process; docs/PERFORMANCE-audio.md has the
# commands, with the whole ccbulk-cli run.
qt_add_executable(bench_audio bench_audio.cpp)
set_target_properties(bench_audio PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
target_link_libraries(bench_audio PRIVATE ccbulk::core ccbulk::options QuaZip::QuaZip)
