// What a trail's selectors log, read from AWS's answer.
import { managementEventCoverage } from '../../src/observe/event-coverage.js'

describe('managementEventCoverage', () => {
  it('counts a trail without selectors as logging all management events (CloudTrail’s default)', () => {
    expect(managementEventCoverage([], [])).toEqual({ any: true, readAndWrite: true })
  })

  describe('basic event selectors', () => {
    it.each([
      [
        'All with management events',
        [{ ReadWriteType: 'All', IncludeManagementEvents: true }],
        { any: true, readAndWrite: true }
      ],
      ['no ReadWriteType (defaults to All)', [{ IncludeManagementEvents: true }], { any: true, readAndWrite: true }],
      ['no IncludeManagementEvents (defaults to true)', [{ ReadWriteType: 'All' }], { any: true, readAndWrite: true }],
      ['ReadOnly', [{ ReadWriteType: 'ReadOnly', IncludeManagementEvents: true }], { any: true, readAndWrite: false }],
      [
        'WriteOnly',
        [{ ReadWriteType: 'WriteOnly', IncludeManagementEvents: true }],
        { any: true, readAndWrite: false }
      ],
      [
        'data events only',
        [
          {
            ReadWriteType: 'All',
            IncludeManagementEvents: false,
            DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }]
          }
        ],
        { any: false, readAndWrite: false }
      ],
      [
        'one ReadOnly and one All selector',
        [
          { ReadWriteType: 'ReadOnly', IncludeManagementEvents: true },
          { ReadWriteType: 'All', IncludeManagementEvents: true }
        ],
        { any: true, readAndWrite: true }
      ]
    ])('%s', (_, selectors, expected) => {
      expect(managementEventCoverage(selectors, [])).toEqual(expected)
    })
  })

  describe('advanced event selectors', () => {
    const management = { Field: 'eventCategory', Equals: ['Management'] }

    it('count a management selector without readOnly as read and write', () => {
      expect(managementEventCoverage([], [{ Name: 'mgmt', FieldSelectors: [management] }])).toEqual({
        any: true,
        readAndWrite: true
      })
    })

    it('count a management selector restricted by readOnly as not read and write', () => {
      const readOnly = { Name: 'reads', FieldSelectors: [management, { Field: 'readOnly', Equals: ['true'] }] }
      expect(managementEventCoverage([], [readOnly])).toEqual({ any: true, readAndWrite: false })
    })

    it('do not count data event selectors as management events', () => {
      const data = {
        Name: 'data',
        FieldSelectors: [
          { Field: 'eventCategory', Equals: ['Data'] },
          { Field: 'resources.type', Equals: ['AWS::S3::Object'] }
        ]
      }
      expect(managementEventCoverage([], [data])).toEqual({ any: false, readAndWrite: false })
    })
  })
})
