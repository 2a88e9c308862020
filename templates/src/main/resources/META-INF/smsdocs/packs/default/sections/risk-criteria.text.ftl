<#-- The words of the risk criteria (English): the levels of likelihood and impact, the risk matrix and the response to each level; the structure is risk-criteria.ftl. -->
@@levels
| Level | Likelihood | Impact |
|---|---|---|
| High | Expected to occur within the next year, or has occurred in the last year | Breach of a service level target for several customers, loss of a customer, legal penalty, or a personal data breach |
| Medium | Could occur within the next three years | Breach of a service level target for one customer, or a significant unplanned cost |
| Low | Not expected within the next three years | Limited, internal effect that does not reach customers |
@@matrix
| Risk level | Low impact | Medium impact | High impact |
|---|---|---|---|
| High likelihood | Medium | High | High |
| Medium likelihood | Low | Medium | High |
| Low likelihood | Low | Low | Medium |
@@responses
| Risk level | Required response | Who may accept the risk |
|---|---|---|
| High | Treatment plan within one month, reported to top management until the level falls | ${top.title} only |
| Medium | Treatment plan within three months, or documented acceptance | Risk owner with the ${manager.title} |
| Low | Accept and monitor at each review of the register | Risk owner |
