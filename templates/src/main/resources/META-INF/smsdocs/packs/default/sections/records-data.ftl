<#-- The records the standard requires, with their clause, owner, where they are held and how long they are
     kept (2018 7.5.3; 2011 4.3.3): the model's requiredRecords, in the set's language. Defines records, dc,
     library and p for the documents that include it. -->
<#assign dc = sms.documentControl>
<#assign library = t["requiredRecord.library"]>
<#function p id><#return processes[id]></#function>
<#assign records = requiredRecords>
