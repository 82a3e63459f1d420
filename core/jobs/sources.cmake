# The job store, the active-job lock and error CSVs.
target_sources(ccbulk_core PRIVATE
)
