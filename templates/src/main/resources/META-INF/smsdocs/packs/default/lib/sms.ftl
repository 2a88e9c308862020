<#--
  smsdocs macro library, auto-imported into every template as "sms".
  Macros print Markdown. Values interpolated with ${} are Markdown-escaped by the output format;
  literal text in this file is not.
-->

<#--
  Templates use one name, "sms", for both this library and the SMS settings of the descriptor
  (sms.scope, sms.standard ...). The namespace of this library hides the data-model variable of the
  same name, so the settings are copied into it here.
-->
<#assign edition = .data_model.sms.edition>
<#assign standard = .data_model.sms.standard>
<#assign language = .data_model.sms.language>
<#assign scope = .data_model.sms.scope>
<#if .data_model.sms.effectiveDate??><#assign effectiveDate = .data_model.sms.effectiveDate></#if>
<#assign documentControl = .data_model.sms.documentControl>
<#assign topManagement = .data_model.sms.topManagement>
<#assign manager = .data_model.sms.manager>
<#assign objectives = .data_model.sms.objectives>
<#assign risks = .data_model.sms.risks>
<#-- The fixed texts of the set's language and edition (message bundles). -->
<#assign t = .data_model.t>

<#-- Title, document-control block and revision history: every controlled document starts with this. -->
<#-- Written by the renderer's frame before every document; a template that still calls it (an older
     override) gets it once. -->
<#macro documentHeader>
<#if .globals.smsHeaderWritten??><#return></#if>
<#global smsHeaderWritten = true>
# ${doc.title}

| ${t.documentControl} | |
|---|---|
| ${t.documentId} | ${doc.reference} |
| ${t.title} | ${doc.title} |
| ${t.version} | ${doc.version} |
| ${t.status} | ${doc.status} |
<#if doc.plannedApproval??>
| ${t.plannedApproval!"Planned approval"} | ${doc.plannedApproval} |
</#if>
| ${t.owner} | <@roleWithPerson doc.owner/> |
| ${t.approver} | <@roleWithPerson doc.approver/> |
| ${t.classification} | ${doc.classification} |
| ${t.effectiveDate} | ${doc.effectiveDate} |
| ${t.nextReview} | ${doc.nextReview} |
| ${t.standard} | ${sms.standard}, <@clauseList doc.clauses true/> |

## ${t.revisionHistory}

| ${t.version} | ${t.date} | ${t.author} | ${t.description} |
|---|---|---|---|
<#list doc.revisions as rev>
| ${rev.version} | ${rev.date} | ${rev.author} | ${rev.description} |
</#list>

<!-- smsdocs:end-of-front-matter -->
<@guidanceNote ["doc." + doc.templateId]/>
</#macro>

<#-- Guidance mode (sms.guidance): a consultant note, marked so the DOCX export gives it the "Guidance"
     style and a reader can delete every note at once. keys: guidance bundle keys, first found first. Each
     note appears once per document, under the first section that cites its clause: an SLA cites 8.3.3 in
     many sections, and the reader needs the note once. -->
<#macro guidanceNote keys>
<#if .data_model.guidance?has_content>
<#local shown = .globals.smsGuidanceShown![]>
<#local notes = []>
<#list keys as k><#if .data_model.guidance[k]?? && !shown?seq_contains(k) && !notes?seq_contains(.data_model.guidance[k])><#local notes += [.data_model.guidance[k]]><#local shown += [k]></#if></#list>
<#global smsGuidanceShown = shown>
<#if notes?has_content>

<!-- smsdocs:guidance -->
> **${.data_model.t.guidanceLabel}** ${notes?join(" ")}
</#if>
</#if>
</#macro>

<#-- A section heading followed by the clauses it addresses. The reference line is what the
     traceability matrix and an auditor look for, so keep it directly under the heading.
     clauses are 2018 numbers; a 2011 set shows the 2011 clauses the edition mapping gives for them,
     unless clauses2011 names them (templates written for 2011 only use clauses2011 alone). -->
<#macro section title clauses=[] level=2 clauses2011=[] key="">
<#-- An override that includes a built-in template can add sections before its closing list of related
     documents by defining the macro beforeRelatedDocuments. -->
<#-- A title from a text catalogue (text.scope()) is already Markdown; compared and keyed as its plain text. -->
<#local plainTitle = title?is_markup_output?then(title?markup_string, title)>
<#if plainTitle == t.relatedDocuments && .main.beforeRelatedDocuments??><@.main.beforeRelatedDocuments/></#if>
${""?left_pad(level, "#")?no_esc} ${title}
<#local cited = cite(clauses, clauses2011)>
<#if cited?has_content>

*${sms.standard}: <@clauseLineItems cited/>*
</#if>
<#-- key names the guidance of a section without clauses when its title is not the English one ("purpose"). -->
<@guidanceNote cited?has_content?then(cited?map(c -> edition + "." + c), ["section." + key?has_content?then(key, (plainTitle == t.relatedDocuments)?then("related-documents", plainTitle?lower_case?replace(" ", "-")))])/>
</#macro>

<#-- The clauses of this set's edition for a citation written as 2018 numbers (see section). -->
<#function cite clauses clauses2011=[]>
  <#if edition != "2011"><#return clauses></#if>
  <#if clauses2011?has_content><#return clauses2011></#if>
  <#local result = []>
  <#list clauses as c>
    <#list .data_model.citation2011[c]![c] as mapped>
      <#if !result?seq_contains(mapped)><#local result += [mapped]></#if>
    </#list>
  </#list>
  <#return result>
</#function>

<#macro clauseLineItems clauses><#list clauses as c><#if !clauseTitle[c]??><#stop "cites clause " + c + ", which does not exist in " + standard></#if>${c} ${clauseTitle[c]}<#sep>; </#list></#macro>

<#-- One clause reference of a table row for this set's edition: the 2018 number, its 2011 mapping, or
     clause2011 where the row names it. -->
<#function clauseRef clause clause2011="">
  <#if edition != "2011"><#return clause></#if>
  <#if clause2011?has_content><#return clause2011></#if>
  <#return cite([clause])?join(", ")>
</#function>

<#-- "8.5.1, 8.5.1.1"; with word: "clauses 8.5.1, 8.5.1.1", but "clause 8.3.3" for one (clauseWord, clausesWord). -->
<#macro clauseList clauses word=false><#if word>${(clauses?size == 1)?then(t.clauseWord!t.clausesWord, t.clausesWord)} </#if><#list clauses as c>${c}<#sep>, </#list></#macro>

<#-- "Service Desk Lead (Jane Doe)" when a person is named, otherwise just the role title. -->
<#macro roleWithPerson r><#if r.person?has_content>${r.title} (${r.person})<#else>${r.title}</#if></#macro>

<#macro roleTitle r>${r.title}</#macro>

<#-- Link to another document of the set; plain title when that document is excluded from the set.
     A 2011 set has no documents for the clause groups 2018 added or regrouped; a link to one of them
     goes to the 2011 document that carries the same content. -->
<#assign documentIn2011 = {
  "service-portfolio": "design-build-transition",
  "supply-and-demand": "service-delivery-processes",
  "service-assurance": "service-delivery-processes",
  "relationship-and-agreement": "relationship-processes",
  "knowledge-management": "competence-awareness-communication"
}>
<#function linkTarget id>
  <#if !docs[id]?? && edition == "2011" && documentIn2011[id]?? && docs[documentIn2011[id]]??><#return documentIn2011[id]></#if>
  <#return id>
</#function>
<#macro link id><#local target = linkTarget(id)><#if docs[target]??>[${docs[target].title}](${docs[target].file})<#else>${id}</#if></#macro>

<#-- The "Related documents" list: one bullet per document of the set, without repeats and without
     documents the set does not contain. -->
<#macro related ids>
<#local seen = [doc.id]>
<#list ids as id>
<#local target = linkTarget(id)>
<#if docs[target]?? && !seen?seq_contains(target)>
<#local seen += [target]>
- [${docs[target].title}](${docs[target].file})
</#if>
</#list>
</#macro>

<#-- Tool of a process, or the default wording when none is configured. -->
<#function toolOf processId>
  <#if !processes[processId]??><#return t.documentLibrary></#if>
  <#return processes[processId].tool!defaultTool>
</#function>

<#-- A Markdown table of roles and their responsibilities. rows: list of {role, duties}.
     Rows of the same role are merged, since one role often owns several processes. -->
<#macro responsibilityTable rows>
| ${t.role} | ${t.holder} | ${t.responsibilities} |
|---|---|---|
<#list mergeRows(rows) as row>
| ${row.role.title} | ${row.role.holder} | ${row.duties} |
</#list>
</#macro>

<#-- Merged in Java: linear in the number of rows, where a template loop would be quadratic. -->
<#function mergeRows rows>
  <#return .data_model.functions.mergeRows(rows)>
</#function>

<#-- A records table. rows: list of {record, owner (role), retention, heldIn?}. heldIn defaults to the
     tool of processId, so records of one process need no location of their own. -->
<#macro recordsTable rows processId="">
| ${t.record} | ${t.owner} | ${t.heldIn} | ${t.retention} |
|---|---|---|---|
<#list rows as row>
| ${row.record} | ${row.owner.title} | ${row.heldIn!toolOf(processId)?cap_first} | ${row.retention} |
</#list>
</#macro>

<#-- A RACI table. rows: list of {activity, r (role), a (role), c (list of roles), i (list of roles)};
     c and i may be omitted. One role is accountable per activity, as RACI requires. -->
<#macro raciTable rows>
| ${t.activity} | ${t.responsible} | ${t.accountable} | ${t.consulted} | ${t.informed} |
|---|---|---|---|---|
<#list rows as row>
| ${row.activity} | ${row.r.title} | ${row.a.title} | ${andList((row.c![])?map(x -> x.title))?has_content?then(andList((row.c![])?map(x -> x.title)), "—")} | ${andList((row.i![])?map(x -> x.title))?has_content?then(andList((row.i![])?map(x -> x.title)), "—")} |
</#list>
</#macro>

<#-- A role by id; a template naming a role the descriptor lacks fails with that id in the message. -->
<#function roleOf id>
  <#if !role[id]??><#stop "no role with id '" + id + "' in the descriptor"></#if>
  <#return role[id]>
</#function>

<#-- A service by id, with the same failure rule. -->
<#function serviceOf id>
  <#list services as s><#if s.id == id><#return s></#if></#list>
  <#stop "no service with id '" + id + "' in the descriptor">
</#function>

<#-- "A, B and C" from a list of strings; "" for an empty list. Always complete: a controlled document never
     cuts a list short ("and 9 more"); where a list can grow long, the template points to its register instead. -->
<#function andList items>
  <#if items?size == 0><#return ""></#if>
  <#if items?size == 1><#return items[0]></#if>
  <#return items[0..<items?size - 1]?join(", ") + " " + t.and + " " + items?last>
</#function>

<#-- "A, B and C" from a list of anything with a name (services, customers, suppliers), or the fallback. -->
<#macro names items empty=""><#if items?has_content>${andList(items?map(i -> i.name))}<#else>${empty?has_content?then(empty, t.none)}</#if></#macro>

<#-- A percentage without trailing zeros: 99.5%. -->
<#-- A percentage as the set's language writes it: "99.95%" in English, "99,95 %" (a non-breaking space, DIN 5008) in German. -->
<#function pct n><#return n?string("0.###") + t.percentSuffix></#function>

<#-- Bullet list of names with an optional fallback sentence when empty. -->
<#macro nameList items empty="">
<#if items?has_content>
<#list items as i>
- ${i.name}
</#list>
<#else>
${empty?has_content?then(empty, t.none)}
</#if>
</#macro>

<#-- Helpers shared by documents and section partials. -->
<#function servesHigh refs>
  <#return refs?filter(r -> r.criticality == "high")?has_content>
</#function>
<#function priorityId i>
  <#if priorities?size gt i>
    <#return priorities[i].id>
  <#elseif priorities?has_content>
    <#return priorities?last.id>
  <#else>
    <#return "highest">
  </#if>
</#function>
<#-- The configured tools of some processes, without repeats; the default wording when none is configured. -->
<#function toolsOf processIds>
  <#local tools = []>
  <#list processIds as id>
    <#if (processes[id].tool)?? && !tools?seq_contains(processes[id].tool)>
      <#local tools = tools + [processes[id].tool]>
    </#if>
  </#list>
  <#if tools?has_content><#return tools?join(", ")><#else><#return toolOf(processIds[0])></#if>
</#function>
<#-- Risk level from the likelihood and impact matrix of the SMS plan; "—" for values outside low/medium/high. -->
<#assign riskScale = {"low": 1, "medium": 2, "high": 3}>
<#function riskLevel likelihood impact>
  <#local l = riskScale[likelihood?lower_case]!0>
  <#local i = riskScale[impact?lower_case]!0>
  <#if l == 0 || i == 0><#return "—"></#if>
  <#local score = l * i>
  <#if (score >= 6)><#return "High"><#elseif (score >= 3)><#return "Medium"><#else><#return "Low"></#if>
</#function>
<#-- "Northwind's", but "St Mary's Digital Services'": the possessive of a name. -->
<#function possessive name><#return name?ends_with("s")?then(name + "'", name + "'s")></#function>
<#-- A value of the descriptor or the data model (high, external, partial, policy ...) as a word of the set's
     language: word.<value> in the bundles, or the value itself with a capital. -->
<#function word value><#return t["word." + value]!value?cap_first></#function>

<#-- The points an auditor of the organisation's sector expects for one topic (change, incident, continuity,
     configuration, security, supplier), from the sector bundles; nothing when no sector is named. -->
<#macro sectorPoints topic>
<#if (sector[topic]![])?has_content>

${t.sectorIntro?replace("{0}", sector.name)}

<#list sector[topic] as point>
- ${point}
</#list>

</#if>
</#macro>
