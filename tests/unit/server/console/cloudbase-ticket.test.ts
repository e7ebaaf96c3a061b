import { cloudbaseTickets, CONSOLE_SESSION_MS } from '@server/console/cloudbase-ticket'

describe('the production console ticket', () => {
  it('is a CloudBase custom-login ticket for the approving manager, valid for a working day', async () => {
    const createTicket = jest.fn((uid: string) => `ticket-for-${uid}`)
    const tickets = cloudbaseTickets({ auth: () => ({ createTicket }) })
    await expect(tickets.ticketFor('admin-1')).resolves.toBe('ticket-for-admin-1')
    expect(createTicket).toHaveBeenCalledWith('admin-1', { expire: CONSOLE_SESSION_MS })
  })
})
