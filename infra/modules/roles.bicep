// Least-privilege role assignments on the directory's data and telemetry, each on the narrowest scope that
// works: single containers, single tables and the Insights component, never a whole account or resource group.
// Each app has its own identity; each app's host storage roles are in hoststorage.bicep.
param storageAccountName string
param tableNames array
param datasetContainerName string
param appInsightsName string

@description('The reads app\'s managed identity: the public read edition, which only reads the directory\'s data.')
param readsPrincipalId string

@description('The stewardship app\'s managed identity: the full app, which writes.')
param stewardshipPrincipalId string

@description('Who seeds the directory and publishes dataset versions (a deployment pipeline\'s identity or a steward); empty for none.')
param dataPublisherPrincipalId string = ''

// Built-in roles by Azure's id, each with the name Azure gives it. infra/azure-builtin-roles.json holds Azure's
// published definitions, and the infra tests hold every assignment's id and name to them.
var storageBlobDataReader = { id: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1', roleName: 'Storage Blob Data Reader' }
var storageBlobDataContributor = { id: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe', roleName: 'Storage Blob Data Contributor' }
var storageTableDataReader = { id: '76199698-9eea-4c19-bc75-cec21354c6b6', roleName: 'Storage Table Data Reader' }
var storageTableDataContributor = { id: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3', roleName: 'Storage Table Data Contributor' }
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

resource appInsights 'Microsoft.Insights/components@2020-02-02' existing = {
  name: appInsightsName
}

// The reads app serves the snapshot named by read-model/current.json and streams dataset files, all from the
// datasets container; it needs no table, and nothing it serves is its to change.
resource readsAppReadsDatasets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: datasets
  name: guid(datasets.id, readsPrincipalId, storageBlobDataReader.id)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataReader.id)
    principalId: readsPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// The stewardship app reads each table of the directory, and writes two: stewards' writes replace MPP rows and
// append the audit trail in the MPPs table (the data version they then publish is a blob), and the dataset
// publisher that follows them records each version in the Datasets table.
var stewardshipWritesTable = [for table in tableNames: endsWith(table, 'Mpps') || endsWith(table, 'Datasets')]

resource stewardshipReadsTables 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (table, i) in tableNames: if (!stewardshipWritesTable[i]) {
  scope: tables[i]
  name: guid(tables[i].id, stewardshipPrincipalId, storageTableDataReader.id)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataReader.id)
    principalId: stewardshipPrincipalId
    principalType: 'ServicePrincipal'
  }
}]

resource stewardshipWritesTables 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for (table, i) in tableNames: if (stewardshipWritesTable[i]) {
  scope: tables[i]
  name: guid(tables[i].id, stewardshipPrincipalId, storageTableDataContributor.id)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor.id)
    principalId: stewardshipPrincipalId
    principalType: 'ServicePrincipal'
  }
}]

// After a steward's write, the stewardship app adds the new data version's read-model snapshot
// (read-model/{version}.json.br, never overwritten) and dataset files beside them, and replaces
// read-model/current.json, which names the served version.
resource stewardshipWritesDatasets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: datasets
  name: guid(datasets.id, stewardshipPrincipalId, storageBlobDataContributor.id)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageBlobDataContributor.id)
    principalId: stewardshipPrincipalId
    principalType: 'ServicePrincipal'
  }
}

// Telemetry sent with Entra ID authentication (local authentication is off on the component), by each app.
resource readsAppPublishesTelemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: appInsights
  name: guid(appInsights.id, readsPrincipalId, monitoringMetricsPublisher.id)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher.id)
    principalId: readsPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource stewardshipAppPublishesTelemetry 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  scope: appInsights
  name: guid(appInsights.id, stewardshipPrincipalId, monitoringMetricsPublisher.id)
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', monitoringMetricsPublisher.id)
    principalId: stewardshipPrincipalId
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
