# The job store, the active-job lock and error CSVs.
target_sources(ccbulk_core PRIVATE
    jobs/activejoblock.cpp jobs/activejoblock.h
    jobs/errorcsv.cpp jobs/errorcsv.h
    jobs/jobstore.cpp jobs/jobstore.h
    jobs/jobstorefiles.cpp
    jobs/jobstorequeries.cpp
    jobs/jobstorewrites.cpp
    jobs/jobstoresql.cpp jobs/jobstoresql.h
    jobs/jobtext.cpp jobs/jobtext.h
    jobs/jobsearch.cpp jobs/jobsearch.h
    jobs/importcheck.cpp jobs/importcheck.h
)
