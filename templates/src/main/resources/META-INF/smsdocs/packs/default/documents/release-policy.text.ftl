<#-- The words of the release policy (English); its structure is release-policy.md.ftl. -->
@@purposeTitle
Purpose
@@purpose
This policy sets out the types of release that ${org.name} deploys into the live environment of its
services, how often each type may be deployed, and when. It is agreed with customers through their
service level agreements and service reviews, so that releases arrive when customers expect them and can
absorb them.
@@scopeTitle
Scope
@@scope
The policy applies to every release of new or changed hardware, software, documentation or processes into
the live environment of the services in <@sms.link "service-catalogue"/>, including releases built or
deployed by suppliers and internal groups.
@@statementsTitle
Policy statements
@@statements
1. Every release carries one or more changes approved under <@sms.link "change-management-policy"/>; no
   release is deployed without an approved change.
2. Releases are planned with the customers concerned: the release date, what it contains and how it
   will be deployed are known to them before deployment.
3. Every release is tested before deployment and has a tested way back to the previous state.
4. Releases are deployed only in the windows below, unless an emergency release is needed.
5. An emergency release implements an emergency change. It is deployed with the approval of the emergency
   change advisory board, documented in full within 1 working day and reviewed at the next CAB meeting.
6. The success or failure of every release is recorded, and failed releases are analysed for their cause.
@@releaseTypesTitle
Release types and frequency
@@rolesTitle
Roles and responsibilities
@@ownerDuties
Owns this policy.
@@releaseOwnerDuties
Agrees the release windows of this policy with customers; plans releases within them; reports releases deployed outside them.
@@changeOwnerDuties
Authorises each deployment; approves emergency releases through the emergency CAB.
@@reviewTitle
Policy review
@@review
The ${doc.owner.title} reviews this policy with customers at least every ${sms.documentControl.reviewIntervalMonths} months and whenever a
service's hours, criticality or maintenance window change. The steps for planning, building, testing,
deploying and reviewing releases are in <@sms.link "control-processes"/>.
