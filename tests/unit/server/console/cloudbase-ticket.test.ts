import { cloudbaseTickets } from '@server/console/cloudbase-ticket'

describe('the production console ticket', () => {
  it('is a CloudBase custom-login ticket for the approving manager, ending a working day after the sign-in', async () => {
    const createTicket = jest.fn((uid: string) => `ticket-for-${uid}`)
    const tickets = cloudbaseTickets({ auth: () => ({ createTicket }) })
    await expect(tickets.ticketFor('admin-1', '2026-03-02T02:00:00.000Z')).resolves.toBe('ticket-for-admin-1')
    // An epoch moment, as the node-sdk's createTicket reads it (its default is now + 7 days), not a duration.
    expect(createTicket).toHaveBeenCalledWith('admin-1', { expire: Date.parse('2026-03-02T14:00:00.000Z') })
  })
})
