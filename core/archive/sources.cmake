# Archives: the audio ZIP reader and WAV checks, and the audio import engine
# built on them.
target_sources(ccbulk_core PRIVATE
    archive/audioarchive.cpp archive/audioarchive.h
    archive/wavinfo.cpp archive/wavinfo.h
    jobs/audioimportengine.cpp jobs/audioimportengine.h
)
