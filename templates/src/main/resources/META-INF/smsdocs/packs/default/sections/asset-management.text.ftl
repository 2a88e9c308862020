<#-- The words of the asset management section (English); the structure is asset-management.ftl. -->
@@title
Asset management
@@edition2011Note
ISO/IEC 20000-1:2011 covers assets as part of configuration management. Asset management is run as a process
of its own here to prepare the transition to ${roadmap.certification.standard}, against which the SMS is certified and
which requires it (clause 8.2.5); see <@sms.link "certification-roadmap"/>.
@@purpose
Assets that are used to deliver the services are managed so that they meet the service requirements and
${sms.possessive(org.name)} legal, contractual and licensing obligations. The asset register is kept in
${sms.toolOf("asset-management")} by the ${asset.owner.title}.
@@assetClasses
| Asset class | Examples | Key information recorded |
|---|---|---|
| Hardware | servers, network devices, end-user devices, spares | serial number, model, location, owner, warranty and support end dates |
| Software and licences | operating systems, applications, subscriptions | licence type, quantity purchased, quantity in use, renewal date |
| Cloud resources | virtual machines, storage, platform subscriptions | subscription, cost centre, service supported |
| Information | customer configuration data, backups, documentation | classification, owner, storage location, retention |
@@lifecycle
1. **Acquire.** Assets are bought through the approved purchasing route, which notifies the
   ${asset.owner.title}.
2. **Register.** The asset is entered in the register before it is put into use, labelled where physical,
   and linked to the service it supports.
3. **Maintain.** Ownership, location and status are kept current through changes and service requests.
   Warranty, support and licence renewals are tracked and flagged 90 days before expiry.
4. **Verify.** Licence use is reconciled with entitlements every quarter; a physical or automated
   inventory check of hardware is carried out every year.
5. **Dispose.** Assets are retired through a change; storage media are wiped or destroyed to the standard
   in <@sms.link "information-security-policy"/> and a disposal certificate is kept.
@@sharedIdentifier
Where an asset is also a configuration item, the asset record and the CI record share the same identifier
so that the two sets of information do not diverge.
