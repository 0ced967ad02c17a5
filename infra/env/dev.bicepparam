using '../main.bicep'

param environmentName = 'dev'
param maximumInstanceCount = 10
param instanceMemoryMB = 512
param rateLimitPermitsPerMinute = 600
