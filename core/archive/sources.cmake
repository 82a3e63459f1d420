# Archives: the audio ZIP reader and WAV checks.
target_sources(ccbulk_core PRIVATE
)
