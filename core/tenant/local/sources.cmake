# The local tenant (SQLite through Qt SQL).
target_sources(ccbulk_core PRIVATE
)
