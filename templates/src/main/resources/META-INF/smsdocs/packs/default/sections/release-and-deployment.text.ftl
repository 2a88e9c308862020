<#-- The words of the release and deployment management section (English); the structure is release-and-deployment.ftl. -->
@@title
Release and deployment management
@@intro
Releases are planned, built and deployed in ${sms.toolOf("release-and-deployment-management")} by the
${release.owner.title}'s team. A release groups one or more approved changes that are tested and deployed
together.
@@policyTitle
Release policy
@@policy2011
The types and frequency of releases, and the release window of each service, are set in
<@sms.link "release-policy"/>, agreed with customers through their SLAs and service reviews.
@@policy
The release policy is agreed with customers through their SLAs and service reviews.
@@stepsTitle
Release steps
@@steps
1. **Plan.** For each release, the ${release.owner.title} records a release plan: the changes it
   contains, the release date, the deliverables, the deployment method and sequence, the people and
   suppliers involved, the communication to customers, and the criteria for success and for rollback.
2. **Build and configure.** Build the release from controlled sources and record the versions of its
   components; take a configuration baseline of the affected service before deployment.
3. **Test.** Test the release in an environment that represents the live one as closely as practical.
   Tests cover the change itself, regression of existing functions, deployment and rollback.
4. **Approve for deployment.** The ${change.owner.title} authorises deployment when tests are passed and
   the release has been scheduled.
5. **Deploy.** Deploy following the release plan. The deployment is checked against the success criteria
   before the window closes.
6. **Roll back.** If the success criteria are not met, or the deployment causes an incident that cannot be
   resolved within the window, roll back to the baseline, record the failure and raise an incident.
7. **Early life support.** After a major release or a new service, the project team stays available to
   the support teams for 10 working days (30 days for a new service). Early life support ends when no
   <#if procedures.earlyLifePriorities?has_content>${procedures.earlyLifePriorities[0]} or ${procedures.earlyLifePriorities[1]}<#else>high-priority</#if> incident caused by the release remains open and the incident volume has returned to the
   expected level.
8. **Review.** Record the success or failure of the release. The ${release.owner.title} analyses failed
   releases and incidents caused by releases<#if procedures.releaseReportsToChange>, reports them to the ${change.owner.title},</#if>
   and raises improvements.
@@emergencyTitle
Emergency releases
@@emergency
An emergency release implements an emergency change. It is built and tested as far as the situation
allows, deployed with the approval of the emergency CAB, documented in full within 1 working day, and
reviewed at the next CAB meeting together with its emergency change.
