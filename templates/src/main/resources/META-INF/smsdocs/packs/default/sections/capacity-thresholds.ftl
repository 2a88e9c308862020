<#-- The default capacity thresholds and the action at each (2018 8.4.3; 2011 6.5). -->
| Level | Sustained utilisation | Action |
|---|---|---|
| Warning | 70% for 3 days | Reviewed at the weekly operations meeting; included in the capacity report |
| Action | 80% for 24 hours | Request for change raised to add or rebalance capacity |
| Critical | 90% for 15 minutes | Incident raised; immediate action to protect the service |

