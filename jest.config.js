/**
 * Four projects: unit (pure modules, node), components (jsdom with React-DOM stand-ins for
 * @tarojs/components — @tarojs/test-utils-react does not support Taro 4), integration (the local cloud
 * over real HTTP with its SQLite file) and e2e (playwright-core + Debian chromium against dist/h5).
 */
const tsJest = ['ts-jest', { tsconfig: 'tsconfig.json' }]
const common = {
  transform: { '^.+\\.tsx?$': tsJest },
  moduleNameMapper: {
    '^@/(.*)$': '<rootDir>/src/$1',
    // Taro picks binding.weapp.ts / binding.h5.ts by file name at build time; tests use the H5 binding.
    '^(.*)/cloud/binding$': '$1/cloud/binding.h5',
    '^(.*)/sync/onExit$': '$1/sync/onExit.h5',
    '^(.*)/sync/invite$': '$1/sync/invite.h5',
    '^(.*)/components/scrollEnd$': '$1/components/scrollEnd.h5',
    '^(.*)/sync/onOnline$': '$1/sync/onOnline.h5',
    '^(.*)/evidence/photoDevice$': '$1/evidence/photoDevice.h5',
    // The photo and the spreadsheet panels hand files over per platform (evidence/transfer.*.ts, ListImport/transfer.*.ts).
    '^(.*)/transfer$': '$1/transfer.h5',
    // The export button hands its file over per platform (components/ExportButton/deliver.*.ts).
    '^(.*)/deliver$': '$1/deliver.h5',
    // 我的待办 asks for reminders per platform (components/MyTodo/subscribeReminders.*.ts).
    '^(.*)/subscribeReminders$': '$1/subscribeReminders.h5'
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json']
}

module.exports = {
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/*.test.ts', '<rootDir>/test/unit/**/*.test.ts']
    },
    {
      ...common,
      displayName: 'components',
      testEnvironment: 'jsdom',
      testMatch: ['<rootDir>/src/**/*.test.tsx', '<rootDir>/test/components/**/*.test.tsx'],
      moduleNameMapper: {
        ...common.moduleNameMapper,
        '^@tarojs/components$': '<rootDir>/test/stand-ins/taro-components.tsx',
        '^@tarojs/taro$': '<rootDir>/test/stand-ins/taro.ts',
        '\\.css$': '<rootDir>/test/stand-ins/style.ts'
      }
    },
    {
      ...common,
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/integration/**/*.test.ts']
    },
    {
      ...common,
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/test/e2e/**/*.test.ts']
    }
  ]
}
