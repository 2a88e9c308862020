<#-- The contact list of the service continuity plan (2018 8.7.2; 2011 6.3.2): a register, one file for every
     language. Its words come from the message bundles (contactList.*); the continuity duties of each role
     come from the generator (continuityPlan.contacts); a holder or e-mail address the descriptor does not give
     is shown as not yet named or recorded, never left blank. -->
<@sms.section title=t["contactList.internal"] key="internal-contacts" level=3/>

| ${t.role} | ${t.holder} | ${t["contactList.email"]} | ${t["contactList.duties"]} |
|---|---|---|---|
<#list continuityPlan.contacts as contact>
| ${contact.role.title} | ${contact.role.person!t["contactList.notNamed"]} | ${contact.role.email!t["contactList.noEmail"]} | ${contact.duties} |
</#list>
<#if continuityPlan.contactsIncomplete>

${t["contactList.incomplete"]?replace("{0}", continuity.owner.title)}
</#if>

<@sms.section title=t["contactList.suppliers"] key="suppliers" level=3/>

<#if suppliers?has_content>
| ${t["contactList.supplier"]} | ${t["contactList.type"]} | ${t["contactList.provides"]} | ${t["contactList.contract"]} | ${t["contactList.relationshipOwner"]} |
|---|---|---|---|---|
<#list suppliers as sup>
| ${sup.name} | <#if sup.type == "internal">${t.InternalSupplier}<#else>${t.ExternalSupplier}</#if> | ${sup.provides!t["contactList.seeContract"]} | ${sup.reference} | ${sup.manager.title} |
</#list>

${t["contactList.supplierEscalation"]}
<#else>
${t["contactList.noSuppliers"]}
</#if>

<@sms.section title=t["contactList.customers"] key="customers" level=3/>

<#if customers?has_content>
| ${t["contactList.customer"]} | ${t["contactList.contact"]} | ${t["contactList.services"]} |
|---|---|---|
<#list customers as cu>
| ${cu.name} | ${cu.contact!t["contactList.namedInAgreement"]} | <#if cu.services?has_content><#list cu.services as sv>${sv.name}<#sep>, </#list><#else>${t["contactList.noServices"]}</#if> |
</#list>
<#else>
${t["contactList.noCustomers"]}
</#if>

