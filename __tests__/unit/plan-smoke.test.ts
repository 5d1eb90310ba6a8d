import { plan } from '../../src/plan/index.js'
import { freshOrganization, observed, settings } from '../support/fixtures.js'

describe('plan on the fixtures', () => {
  it('has nothing to change on a converged account', () => {
    const p = plan(settings(), observed())
    expect(p.changes).toEqual([])
    expect(p.blocked).toBe(false)
  })

  it('creates the trail in a fresh organization, prerequisites first', () => {
    const p = plan(settings(), freshOrganization())
    expect(p.changes.map((c) => c.kind)).toEqual([
      'enable-trusted-access',
      'create-service-linked-role',
      'put-bucket-policy',
      'create-trail',
      'start-logging'
    ])
  })
})
