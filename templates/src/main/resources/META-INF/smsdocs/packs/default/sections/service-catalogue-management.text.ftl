<#-- The words of the service catalogue management section (English); its structure is service-catalogue-management.ftl. -->
@@title
Service catalogue management
@@procedure
The ${catalogue.owner.title} maintains the <@sms.link "service-catalogue"/> as the single description of
the live services, their intended outcomes, owners, customers, supporting suppliers, hours, targets and
dependencies.

1. Add a service to the catalogue when it is accepted into live operation at the end of transition.
2. Update the entry through a request for change whenever a catalogue attribute changes; check it against
   the SLA and the supplier agreements of the service before issue.
3. Remove or mark a service as withdrawn on the date it is removed or transferred.
4. Publish each new version to the service desk, the service owners and the customers concerned.
5. Review the whole catalogue at least once a year, after the service planning cycle.
