<#-- The words of the capacity thresholds table (English); its structure is capacity-thresholds.ftl. -->
@@table
| Level | Sustained utilisation | Action |
|---|---|---|
| Warning | 70% for 3 days | Reviewed at the weekly operations meeting; included in the capacity report |
| Action | 80% for 24 hours | Request for change raised to add or rebalance capacity |
| Critical | 90% for 15 minutes | Incident raised; immediate action to protect the service |
@@blankLineAfter
<#-- Not text: whether a blank line follows the table (the English table has always had one, the German not). -->
yes
