// The storage account: the directory's tables, the dataset files, the deployment package and the
// Functions host's own containers. Shared keys and public blob access are off: identity only.
param name string
param location string
param tags object
param tablePrefix string
param datasetContainerName string
@description('One deployment container per function app: Flex Consumption takes each package from its own.')
param deploymentContainerNames array

@description('The tables the app reads (see functions/MppDirectory.Storage): created here, since a reader cannot create them.')
var tableNames = [for suffix in ['Mpps', 'AgencyKinds', 'Services', 'Regions', 'Holidays', 'Datasets']: '${tablePrefix}${suffix}']

resource account 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: name
  location: location
  tags: tags
  kind: 'StorageV2'
  sku: {
    name: 'Standard_ZRS'
  }
  properties: {
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    defaultToOAuthAuthentication: true
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    publicNetworkAccess: 'Enabled'
  }
}

resource blobs 'Microsoft.Storage/storageAccounts/blobServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource datasets 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = {
  parent: blobs
  name: datasetContainerName
  properties: {
    publicAccess: 'None'
  }
}

resource deployment 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for container in deploymentContainerNames: {
  parent: blobs
  name: container
  properties: {
    publicAccess: 'None'
  }
}]

// The Functions host keeps its keys and locks in these (identity-based AzureWebJobsStorage).
resource hostContainers 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-05-01' = [for container in ['azure-webjobs-hosts', 'azure-webjobs-secrets']: {
  parent: blobs
  name: container
  properties: {
    publicAccess: 'None'
  }
}]

resource tableService 'Microsoft.Storage/storageAccounts/tableServices@2023-05-01' = {
  parent: account
  name: 'default'
}

resource tables 'Microsoft.Storage/storageAccounts/tableServices/tables@2023-05-01' = [for table in tableNames: {
  parent: tableService
  name: table
}]

output accountName string = account.name
output accountId string = account.id
output blobEndpoint string = account.properties.primaryEndpoints.blob
output tableEndpoint string = account.properties.primaryEndpoints.table
output tableNames array = tableNames
