# The local tenant (SQLite through Qt SQL).
target_sources(ccbulk_core PRIVATE
    tenant/local/localcheckpointer.cpp tenant/local/localcheckpointer.h
    tenant/local/localjson.cpp tenant/local/localjson.h tenant/local/localjsonreader.cpp
    tenant/local/localobjecttable.cpp tenant/local/localobjecttable.h
    tenant/local/localpeople.cpp
    tenant/local/localschema.cpp tenant/local/localschema.h
    tenant/local/localtenant.cpp tenant/local/localtenant.h
    tenant/local/localtransaction.cpp tenant/local/localtransaction.h
    tenant/peopleimport.cpp tenant/peopleimport.h
)
