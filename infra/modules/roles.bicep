// Least-privilege role assignments, each on the narrowest scope that works: single containers and
// single tables, never the whole account or resource group.
param storageAccountName string
param tableNames array
param datasetContainerName string
param deploymentContainerNames array
param appInsightsName string
@description('The app\'s managed identity.')
param appPrincipalId string
@description('Who seeds the directory and publishes dataset versions (a deployment pipeline\'s identity or a steward); empty for none.')
param dataPublisherPrincipalId string = ''

// Built-in roles by Azure's id, each with the name Azure gives it. infra/azure-builtin-roles.json holds Azure's
// published definitions, and the infra tests hold every assignment's id and name to them.
var storageTableDataReader = { id: '76199698-9eea-4c19-bc75-cec21354c6b6', roleName: 'Storage Table Data Reader' }
var storageTableDataContributor = { id: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3', roleName: 'Storage Table Data Contributor' }
var storageBlobDataContributor = { id: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe', roleName: 'Storage Blob Data Contributor' }
var monitoringMetricsPublisher = { id: '3913510d-42f4-4e42-8a64-420c390055eb', roleName: 'Monitoring Metrics Publisher' }

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' existing = {
  name: storageAccountName
}

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' existing = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' existing = [for table in tableNames: {
  parent: tableService
  name: table
}]

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' existing = {
  parent: account
  name: 'default'
}

resource datasets 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' existing = {
  parent: blobs
  name: datasetContainerName
}

resource deployment 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' existing = [for container in deploymentContainerNames: {
  parent: blobs
  name: container
}]

resource hostContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' existing = [for container in ['azure-webjobs-hosts', 'azure-webjobs-secrets']: {
  parent: blobs
  name: container
}]

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

// The app reads each table of the directory, and writes two: stewards' writes replace MPP rows and
// append the audit trail in the MPPs table (the data version they then publish is a blob), and the
// dataset publisher that follows them records each version in the Datasets table.
var appWritesTable = [for table in tableNames: endsWith(table, 'Mpps') || endsWith(table, 'Datasets')]

resource appReadsTables 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (table, i) in tableNames: if (!appWritesTable[i]) {
  scope: tables[i]
  name: guid(tables[i].id, appPrincipalId, storageTableDataReader.id)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataReader.id)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}]

resource appWritesTables 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (table, i) in tableNames: if (appWritesTable[i]) {
  scope: tables[i]
  name: guid(tables[i].id, appPrincipalId, storageTableDataContributor.id)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor.id)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}]

// The app streams dataset files from their container and, after a steward's write, adds the new data
// version's read-model snapshot (read-model/{version}.json.br, never overwritten) and dataset files beside
// them, and replaces read-model/current.json, which names the served version.
resource appReadsDatasets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: datasets
  name: guid(datasets.id, appPrincipalId, storageBlobDataContributor.id)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor.id)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Flex Consumption fetches each app's deployment package from its container with the apps' identity.
resource appReadsPackage 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (container, i) in deploymentContainerNames: {
  scope: deployment[i]
  name: guid(deployment[i].id, appPrincipalId, storageBlobDataContributor.id)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor.id)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}]

// The Functions host writes its keys and locks (AzureWebJobsStorage) in its own two containers.
resource hostWritesItsContainers 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (container, i) in ['azure-webjobs-hosts', 'azure-webjobs-secrets']: {
  scope: hostContainers[i]
  name: guid(hostContainers[i].id, appPrincipalId, storageBlobDataContributor.id)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor.id)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}]

// Telemetry sent with Entra ID authentication (local authentication is off on the component).
resource appPublishesTelemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: appInsights
  name: guid(appInsights.id, appPrincipalId, monitoringMetricsPublisher.id)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher.id)
    principalId: appPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// The publisher seeds the tables and writes dataset versions (mppdir seed).
resource publisherWritesTables 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (table, i) in tableNames: if (!empty(dataPublisherPrincipalId)) {
  scope: tables[i]
  name: guid(tables[i].id, dataPublisherPrincipalId, storageTableDataContributor.id)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor.id)
    principalId: dataPublisherPrincipalId
  }
}]

resource publisherWritesDatasets 'Microsoft.Authorization/roleAssignments@2022-04-01' = if (!empty(dataPublisherPrincipalId)) {
  scope: datasets
  name: guid(datasets.id, dataPublisherPrincipalId, storageBlobDataContributor.id)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor.id)
    principalId: dataPublisherPrincipalId
  }
}
