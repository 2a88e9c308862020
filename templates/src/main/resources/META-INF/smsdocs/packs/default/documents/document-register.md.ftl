<#--
id: document-register
title: Document Register
kind: register
code: REG-01
order: 900
clauses: ["7.5.3", "7.5.4"]
editions:
  "2018": {}
  "2011": {clauses: ["4.3.1", "4.3.3"]}
related: ["documented-information-control", "sms-plan", "management-review"]
-->
<#assign library = t["documentRegister.library"]>
<#-- Link to a document of the set, or a note when the document has been excluded from it. -->
<#macro held id><#if docs[sms.linkTarget(id)]??><@sms.link id/><#else>not in the current document set</#if></#macro>
<#assign dc = sms.documentControl>
<@sms.section title="Purpose"/>

This register lists the ${t.documentedInformation} of the service management system (SMS) of ${org.name}:
every controlled document of the SMS with its current version, status, owner and next review date, the
documents of external origin that the SMS relies on, and the records that ${sms.standard} requires, with
the process that owns each record and the place where it is kept. It is the reference for finding the
current version of any SMS document and for checking that nothing required is missing.

<@sms.section title="Documents of the SMS" clauses=["7.5.4"]/>

The document set holds ${documents?size} documents<#if documentRegister.kindCounts?has_content>: ${sms.andList(documentRegister.kindCounts)}</#if>. Each
title links to the current issue of the document<#if forms.all?has_content>; the forms are listed in their own group below</#if>.

| Reference | Document | Kind | Version | Status | Owner | Next review | Clauses |
|---|---|---|---|---|---|---|---|
<#list documents?filter(d -> d.kind != "form") as d>
| ${d.reference} | <@sms.link d.id/> | ${sms.word(d.kind)} | ${d.version} | ${d.status}<#if d.plannedApproval??> (planned approval: ${d.plannedApproval})</#if> | ${d.owner.title} | ${d.nextReview} | <#list d.clauses as c>${c}<#sep>, </#list> |
</#list>

<#if forms.all?has_content>
<@sms.section title="Forms" clauses=["7.5.3"]/>

The forms are controlled documents like the others: each is the blank from which a record of the SMS is
made. The table names the record each form produces and the clauses whose evidence that record is; a form
does not itself address a clause. Where the completed forms are kept, and for how long, is set out in
<@sms.link "records-matrix"/>.

| Reference | Form | Version | Status | Next review | Record produced | Clauses |
|---|---|---|---|---|---|---|
<#list forms.all as f>
| ${f.doc.reference} | <@sms.link f.doc.id/> | ${f.doc.version} | ${f.doc.status} | ${f.doc.nextReview} | ${f.record} | <#list f.clauses as c>${c}<#sep>, </#list> |
</#list>

</#if>
<@sms.section title="${t.DocumentedInformation} required by the standard" clauses=["7.5.4"]/>

The table shows where each <#if sms.edition == "2011">document and record<#else>item of documented information</#if> that ${sms.standard} requires is held.

<#if sms.edition == "2011">
| Required ${t.documentedInformation} | Clause | Held in |
|---|---|---|
| Service management policy | 4.1.2 | <@held "service-management-policy"/> |
| Scope of the SMS | 4.5.1 | <@held "sms-scope"/> |
| Service management plan, with the service management objectives | 4.5.2 | <@held "sms-plan"/> |
| Continual improvement policy, with the criteria for evaluating improvements | 4.5.5.1 | <@held "continual-improvement"/> |
| Audit programme | 4.5.4.2 | <@held "internal-audit"/> |
| Plans for new or changed services | 5.2 | Transition plans under <@held "design-build-transition"/> |
| Service catalogue | 6.1 | <@held "service-catalogue"/> |
| Service level agreements | 6.1 | <#if documentRegister.slas?has_content><#list documentRegister.slas as d><@sms.link d.id/><#sep>; </#list><#if (documentRegister.moreSlas > 0)> and ${documentRegister.moreSlas} more, each listed in the table above</#if><#else>none yet: no services are recorded</#if> |
| Service continuity and availability plans | 6.3.2 | <@held "service-continuity-plan"/>; <@held "availability-plan"/> |
| Budgeting and accounting policy | 6.4 | <@held "budgeting-and-accounting-policy"/> |
| Capacity plan | 6.5 | <@held "capacity-plan"/> |
| Information security policy | 6.6.1 | <@held "information-security-policy"/> |
| Change management policy | 9.2 | <@held "change-management-policy"/> |
| Release policy | 9.3 | <@held "release-policy"/> |
| Documented procedures required by the standard | 4.3.1 | <#if documentRegister.procedures?has_content><#list documentRegister.procedures as d><@sms.link d.id/><#sep>; </#list><#else>not in the current document set</#if> |
| Contracts with suppliers | 7.2 | Documents of external origin, below |
| Agreements with internal groups and customers acting as suppliers | 6.1 | <#if documentRegister.internalAgreements?has_content><#list documentRegister.internalAgreements as d><@sms.link d.id/><#sep>; </#list><#else>Documents of external origin, below</#if> |
| Records required by the standard | 4.3.3 | Mandatory records, below |

<#else>
| Required ${t.documentedInformation} | Clause | Held in |
|---|---|---|
| Scope of the SMS | 4.3 | <@held "sms-scope"/> |
| Service management policy | 5.2 | <@held "service-management-policy"/> |
| Service management objectives | 6.2 | <@held "sms-plan"/> |
| Risks and opportunities, and the actions to address them | 6.1 | <@held "sms-plan"/> |
| Service management plan | 6.3 | <@held "sms-plan"/> |
| Change management policy | 8.5.1.1 | <@held "change-management-policy"/> |
| Information security policy | 8.7.3.1 | <@held "information-security-policy"/> |
| Service continuity plan | 8.7.2 | <@held "service-continuity-plan"/> |
| Service availability requirements and targets | 8.7.1 | <@held "availability-plan"/> |
| Processes of the SMS | 4.4 | <#if documentRegister.procedures?has_content><#list documentRegister.procedures as d><@sms.link d.id/><#sep>; </#list><#else>not in the current document set</#if> |
| Service requirements | 8.2.2, 8.3.3 | <@held "service-catalogue"/>; <@held "service-portfolio"/> |
| Service catalogue | 8.2.4 | <@held "service-catalogue"/> |
| Service level agreements | 8.3.3 | <#if documentRegister.slas?has_content><#list documentRegister.slas as d><@sms.link d.id/><#sep>; </#list><#if (documentRegister.moreSlas > 0)> and ${documentRegister.moreSlas} more, each listed in the table above</#if><#else>none yet: no services are recorded</#if> |
| Contracts with ${t.externalSuppliers} | 8.3.4.1 | Documents of external origin, below |
| Agreements with ${t.internalSuppliers} and customers acting as suppliers | 8.3.4.2 | <#if documentRegister.internalAgreements?has_content><#list documentRegister.internalAgreements as d><@sms.link d.id/><#sep>; </#list><#else>Documents of external origin, below</#if> |
| Records required by the standard | 7.5.4 | Mandatory records, below |

</#if>
<@sms.section title="Documents of external origin" clauses=["7.5.3"]/>

Documents of external origin are identified here and controlled by their owner. The owner keeps the
current version in ${library} (for a contract or agreement, the signed copy), checks at least once a year,
and for a contract or agreement also at each supplier or customer review, that it is still current, and
withdraws superseded versions.

| Document | Origin | Reference | Owner |
|---|---|---|---|
| ${sms.standard}, licensed copy | ISO and IEC | ${sms.standard} | ${sms.manager.title} |
<#list documentRegister.externalDocuments as e>
| ${e.document} | ${e.origin} | ${e.reference} | ${e.owner.title} |
</#list>
| Vendor documentation for tools and service components | Vendors | Product and version in use | Owner of the process that uses the tool |
| Legislation and regulatory guidance that applies to the services | Legislators and regulators | Title and date of the current version | ${sms.manager.title} |

<#if !suppliers?has_content>
No external or ${t.internalSuppliers} contribute to the services in scope at present. A contract or agreement
is added to this table when one is signed.

</#if>
<@sms.section title="Mandatory records" clauses=["7.5.3", "7.5.4"]/>

The records below are those that ${sms.standard} requires as evidence. Each is owned by the owner of the
process that creates it and kept in that process's tool unless the table names another place; records
of the SMS as a whole are kept in ${library}. The document in the last column describes how each record is created and used. Retention
periods, protection and disposal of all records are set in <@sms.link "documented-information-control"/>.

| Record | Clause | Owning process | Owner | Held in | Defined in |
|---|---|---|---|---|---|
<#list documentRegister.records as r>
| ${r.record} | ${sms.clauseRef(r.clause, r.clause2011!"")} | ${r.area} | ${r.owner.title} | ${r.where} | <@held r.doc/> |
</#list>

Other records of the SMS, such as service reports, release records and supplier review minutes, are listed
in the records section of the procedure that creates them.

<@sms.section title="Maintaining the register" clauses=["7.5.3"]/>

1. The ${doc.owner.title} owns this register<#if doc.owner.id == dc.owner.id> and updates it<#else>; the ${dc.owner.title} updates it</#if> within two
   working days whenever a document is approved, reissued or withdrawn, or when the place where a record is
   kept changes.
2. A document becomes current only once it appears in the register with its new version and an
   approved status. Documents that are not in the register are not controlled and must not be used.
3. Every document is reviewed by its owner at least every ${dc.reviewIntervalMonths} months, and earlier
   when a change to the services, the processes or the organisation affects it. Each month the
   ${dc.owner.title} checks the next review dates and reminds the owners of documents due for review in
   the next two months.
4. When a document is superseded or withdrawn, the ${dc.owner.title} removes it from the points of use,
   marks the retained copy as superseded and keeps it in the archive of ${library} for the period set in
   <@sms.link "documented-information-control"/>.
5. Every quarter the ${dc.owner.title} checks a sample of at least five entries against the documents and
   records themselves: version and status match, the link opens the current issue, records are where the
   register says and are being kept. Discrepancies are corrected and, where they show a control failure,
   recorded as nonconformities under <@sms.link "nonconformity-and-corrective-action"/>.
6. An entry changes when the document it concerns is approved, and is approved with it. The register as a
   whole is approved by the ${doc.approver.title} and reviewed at each management review.
