<#-- The words of the release types (English); the structure is release-types.ftl. -->
@@typesTable
| Release type | Content | Frequency |
|---|---|---|
| Major | New services, new functionality or architectural change | Planned with the customer, at most once a quarter per service |
| Minor | Small enhancements and fixes to known errors | At most once a month per service, in the agreed maintenance window |
| Patch | Security and vendor patches | Monthly patch cycle; security patches within 14 days of release by the vendor, critical ones within 72 hours (see <@sms.link "service-assurance"/>) |
| Emergency | Fix needed to restore a service or close a critical vulnerability | As needed, linked to an emergency change |
@@windowsHeader
| Service | Criticality | Release window |
|---|---|---|
@@blankLineAfter
yes
